/**
 * OpenSABT. Generated from model/opensabt.ecore: do not edit, run ./opensabt codegen.
 */
package org.opensabt.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dose Grid</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A dose distribution on a regular grid; values are stored beside the XMI in a binary array file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.opensabt.model.DoseGrid#getOriginMm <em>Origin Mm</em>}</li>
 *   <li>{@link org.opensabt.model.DoseGrid#getSpacingMm <em>Spacing Mm</em>}</li>
 *   <li>{@link org.opensabt.model.DoseGrid#getRowDirection <em>Row Direction</em>}</li>
 *   <li>{@link org.opensabt.model.DoseGrid#getColumnDirection <em>Column Direction</em>}</li>
 *   <li>{@link org.opensabt.model.DoseGrid#getSliceDirection <em>Slice Direction</em>}</li>
 *   <li>{@link org.opensabt.model.DoseGrid#getColumns <em>Columns</em>}</li>
 *   <li>{@link org.opensabt.model.DoseGrid#getRows <em>Rows</em>}</li>
 *   <li>{@link org.opensabt.model.DoseGrid#getSlices <em>Slices</em>}</li>
 *   <li>{@link org.opensabt.model.DoseGrid#getDoseUnit <em>Dose Unit</em>}</li>
 *   <li>{@link org.opensabt.model.DoseGrid#getDoseFile <em>Dose File</em>}</li>
 *   <li>{@link org.opensabt.model.DoseGrid#getDoseSha256 <em>Dose Sha256</em>}</li>
 *   <li>{@link org.opensabt.model.DoseGrid#getDoseValues <em>Dose Values</em>}</li>
 * </ul>
 *
 * @see org.opensabt.model.ModelPackage#getDoseGrid()
 * @model
 * @generated
 */
public interface DoseGrid extends EObject {
	/**
	 * Returns the value of the '<em><b>Origin Mm</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Patient position of the first grid point: three values, x y z.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Origin Mm</em>' attribute list.
	 * @see org.opensabt.model.ModelPackage#getDoseGrid_OriginMm()
	 * @model unique="false"
	 * @generated
	 */
	EList<Double> getOriginMm();

	/**
	 * Returns the value of the '<em><b>Spacing Mm</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * three values, x y z in mm.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Spacing Mm</em>' attribute list.
	 * @see org.opensabt.model.ModelPackage#getDoseGrid_SpacingMm()
	 * @model unique="false"
	 * @generated
	 */
	EList<Double> getSpacingMm();

	/**
	 * Returns the value of the '<em><b>Row Direction</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unit direction of increasing column index; empty means (1, 0, 0). Since schema 1.1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Row Direction</em>' attribute list.
	 * @see org.opensabt.model.ModelPackage#getDoseGrid_RowDirection()
	 * @model unique="false"
	 * @generated
	 */
	EList<Double> getRowDirection();

	/**
	 * Returns the value of the '<em><b>Column Direction</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unit direction of increasing row index; empty means (0, 1, 0). Since schema 1.1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Column Direction</em>' attribute list.
	 * @see org.opensabt.model.ModelPackage#getDoseGrid_ColumnDirection()
	 * @model unique="false"
	 * @generated
	 */
	EList<Double> getColumnDirection();

	/**
	 * Returns the value of the '<em><b>Slice Direction</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unit direction of increasing slice index; empty means (0, 0, 1). Since schema 1.1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Slice Direction</em>' attribute list.
	 * @see org.opensabt.model.ModelPackage#getDoseGrid_SliceDirection()
	 * @model unique="false"
	 * @generated
	 */
	EList<Double> getSliceDirection();

	/**
	 * Returns the value of the '<em><b>Columns</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Columns</em>' attribute.
	 * @see #setColumns(int)
	 * @see org.opensabt.model.ModelPackage#getDoseGrid_Columns()
	 * @model
	 * @generated
	 */
	int getColumns();

	/**
	 * Sets the value of the '{@link org.opensabt.model.DoseGrid#getColumns <em>Columns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Columns</em>' attribute.
	 * @see #getColumns()
	 * @generated
	 */
	void setColumns(int value);

	/**
	 * Returns the value of the '<em><b>Rows</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rows</em>' attribute.
	 * @see #setRows(int)
	 * @see org.opensabt.model.ModelPackage#getDoseGrid_Rows()
	 * @model
	 * @generated
	 */
	int getRows();

	/**
	 * Sets the value of the '{@link org.opensabt.model.DoseGrid#getRows <em>Rows</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rows</em>' attribute.
	 * @see #getRows()
	 * @generated
	 */
	void setRows(int value);

	/**
	 * Returns the value of the '<em><b>Slices</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Slices</em>' attribute.
	 * @see #setSlices(int)
	 * @see org.opensabt.model.ModelPackage#getDoseGrid_Slices()
	 * @model
	 * @generated
	 */
	int getSlices();

	/**
	 * Sets the value of the '{@link org.opensabt.model.DoseGrid#getSlices <em>Slices</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slices</em>' attribute.
	 * @see #getSlices()
	 * @generated
	 */
	void setSlices(int value);

	/**
	 * Returns the value of the '<em><b>Dose Unit</b></em>' attribute.
	 * The default value is <code>"Gy"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unit of the values: Gy (total dose of the permanent implant).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dose Unit</em>' attribute.
	 * @see #setDoseUnit(String)
	 * @see org.opensabt.model.ModelPackage#getDoseGrid_DoseUnit()
	 * @model default="Gy"
	 * @generated
	 */
	String getDoseUnit();

	/**
	 * Sets the value of the '{@link org.opensabt.model.DoseGrid#getDoseUnit <em>Dose Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dose Unit</em>' attribute.
	 * @see #getDoseUnit()
	 * @generated
	 */
	void setDoseUnit(String value);

	/**
	 * Returns the value of the '<em><b>Dose File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Path of the dose array file relative to the case folder.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dose File</em>' attribute.
	 * @see #setDoseFile(String)
	 * @see org.opensabt.model.ModelPackage#getDoseGrid_DoseFile()
	 * @model
	 * @generated
	 */
	String getDoseFile();

	/**
	 * Sets the value of the '{@link org.opensabt.model.DoseGrid#getDoseFile <em>Dose File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dose File</em>' attribute.
	 * @see #getDoseFile()
	 * @generated
	 */
	void setDoseFile(String value);

	/**
	 * Returns the value of the '<em><b>Dose Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dose Sha256</em>' attribute.
	 * @see #setDoseSha256(String)
	 * @see org.opensabt.model.ModelPackage#getDoseGrid_DoseSha256()
	 * @model
	 * @generated
	 */
	String getDoseSha256();

	/**
	 * Sets the value of the '{@link org.opensabt.model.DoseGrid#getDoseSha256 <em>Dose Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dose Sha256</em>' attribute.
	 * @see #getDoseSha256()
	 * @generated
	 */
	void setDoseSha256(String value);

	/**
	 * Returns the value of the '<em><b>Dose Values</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Dose values in doseUnit, index = (slice * rows + row) * columns + column.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dose Values</em>' attribute.
	 * @see #setDoseValues(float[])
	 * @see org.opensabt.model.ModelPackage#getDoseGrid_DoseValues()
	 * @model dataType="org.opensabt.model.FloatArray" transient="true"
	 * @generated
	 */
	float[] getDoseValues();

	/**
	 * Sets the value of the '{@link org.opensabt.model.DoseGrid#getDoseValues <em>Dose Values</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dose Values</em>' attribute.
	 * @see #getDoseValues()
	 * @generated
	 */
	void setDoseValues(float[] value);

} // DoseGrid
