/**
 * OpenSABT. Generated from model/opensabt.ecore: do not edit, run ./opensabt codegen.
 */
package org.opensabt.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.opensabt.model.Contour;
import org.opensabt.model.ModelPackage;
import org.opensabt.model.RoiType;
import org.opensabt.model.Structure;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Structure</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.opensabt.model.impl.StructureImpl#getRoiNumber <em>Roi Number</em>}</li>
 *   <li>{@link org.opensabt.model.impl.StructureImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.opensabt.model.impl.StructureImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.opensabt.model.impl.StructureImpl#getColorRgb <em>Color Rgb</em>}</li>
 *   <li>{@link org.opensabt.model.impl.StructureImpl#getContours <em>Contours</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StructureImpl extends MinimalEObjectImpl.Container implements Structure {
	/**
	 * The default value of the '{@link #getRoiNumber() <em>Roi Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoiNumber()
	 * @generated
	 * @ordered
	 */
	protected static final int ROI_NUMBER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRoiNumber() <em>Roi Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRoiNumber()
	 * @generated
	 * @ordered
	 */
	protected int roiNumber = ROI_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final RoiType TYPE_EDEFAULT = RoiType.OTHER;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected RoiType type = TYPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getColorRgb() <em>Color Rgb</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColorRgb()
	 * @generated
	 * @ordered
	 */
	protected EList<Integer> colorRgb;

	/**
	 * The cached value of the '{@link #getContours() <em>Contours</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContours()
	 * @generated
	 * @ordered
	 */
	protected EList<Contour> contours;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StructureImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.STRUCTURE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRoiNumber() {
		return roiNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRoiNumber(int newRoiNumber) {
		int oldRoiNumber = roiNumber;
		roiNumber = newRoiNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STRUCTURE__ROI_NUMBER, oldRoiNumber, roiNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STRUCTURE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RoiType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(RoiType newType) {
		RoiType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STRUCTURE__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Integer> getColorRgb() {
		if (colorRgb == null) {
			colorRgb = new EDataTypeEList<Integer>(Integer.class, this, ModelPackage.STRUCTURE__COLOR_RGB);
		}
		return colorRgb;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Contour> getContours() {
		if (contours == null) {
			contours = new EObjectContainmentEList<Contour>(Contour.class, this, ModelPackage.STRUCTURE__CONTOURS);
		}
		return contours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.STRUCTURE__CONTOURS:
				return ((InternalEList<?>)getContours()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.STRUCTURE__ROI_NUMBER:
				return getRoiNumber();
			case ModelPackage.STRUCTURE__NAME:
				return getName();
			case ModelPackage.STRUCTURE__TYPE:
				return getType();
			case ModelPackage.STRUCTURE__COLOR_RGB:
				return getColorRgb();
			case ModelPackage.STRUCTURE__CONTOURS:
				return getContours();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.STRUCTURE__ROI_NUMBER:
				setRoiNumber((Integer)newValue);
				return;
			case ModelPackage.STRUCTURE__NAME:
				setName((String)newValue);
				return;
			case ModelPackage.STRUCTURE__TYPE:
				setType((RoiType)newValue);
				return;
			case ModelPackage.STRUCTURE__COLOR_RGB:
				getColorRgb().clear();
				getColorRgb().addAll((Collection<? extends Integer>)newValue);
				return;
			case ModelPackage.STRUCTURE__CONTOURS:
				getContours().clear();
				getContours().addAll((Collection<? extends Contour>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ModelPackage.STRUCTURE__ROI_NUMBER:
				setRoiNumber(ROI_NUMBER_EDEFAULT);
				return;
			case ModelPackage.STRUCTURE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ModelPackage.STRUCTURE__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case ModelPackage.STRUCTURE__COLOR_RGB:
				getColorRgb().clear();
				return;
			case ModelPackage.STRUCTURE__CONTOURS:
				getContours().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ModelPackage.STRUCTURE__ROI_NUMBER:
				return roiNumber != ROI_NUMBER_EDEFAULT;
			case ModelPackage.STRUCTURE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ModelPackage.STRUCTURE__TYPE:
				return type != TYPE_EDEFAULT;
			case ModelPackage.STRUCTURE__COLOR_RGB:
				return colorRgb != null && !colorRgb.isEmpty();
			case ModelPackage.STRUCTURE__CONTOURS:
				return contours != null && !contours.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (roiNumber: ");
		result.append(roiNumber);
		result.append(", name: ");
		result.append(name);
		result.append(", type: ");
		result.append(type);
		result.append(", colorRgb: ");
		result.append(colorRgb);
		result.append(')');
		return result.toString();
	}

} //StructureImpl
